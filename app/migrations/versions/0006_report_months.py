"""Report figures of past months, kept (report_month).

Revision ID: 0006
Revises: 0005
"""
from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('report_month',
    sa.Column('station_id', sa.Integer(), nullable=False),
    sa.Column('month', sa.Date(), nullable=False),
    sa.Column('payload', sa.JSON(), nullable=False),
    sa.Column('computed_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['station_id'], ['station.id'], name=op.f('fk_report_month_station_id_station')),
    sa.PrimaryKeyConstraint('station_id', 'month', name=op.f('pk_report_month'))
    )


def downgrade() -> None:
    op.drop_table('report_month')
