BRIEFINGS_SEARCH_WORDS("fri",{
"friction":"37",
"friday":"7a,9"
});
