from timeline import create_app; app = create_app()  # noqa: E702 - gunicorn 'wsgi:app', flask --app wsgi
