BRIEFINGS_SEARCH_WORDS("wal",{
"walid":"36;36"
});
