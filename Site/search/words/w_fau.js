BRIEFINGS_SEARCH_WORDS("fau",{
"faut":"37,3",
"faute":"2d"
});
