"""Reports count affairs closed in a range: index completed_at per station.

Revision ID: 0004
Revises: 0003
"""
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_affair_station_completed', 'affair', ['station_id', 'completed_at'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_affair_station_completed', table_name='affair')
