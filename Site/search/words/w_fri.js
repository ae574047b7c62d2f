BRIEFINGS_SEARCH_WORDS("fri",{
"friction":"38",
"friday":"7a,9"
});
