BRIEFINGS_SEARCH_WORDS("wal",{
"walid":"35;35"
});
