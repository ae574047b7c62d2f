BRIEFINGS_SEARCH_WORDS("fri",{
"friction":"37",
"friday":"7n,9"
});
