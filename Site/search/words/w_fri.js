BRIEFINGS_SEARCH_WORDS("fri",{
"friction":"3u",
"friday":"7w,9"
});
