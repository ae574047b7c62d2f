BRIEFINGS_SEARCH_WORDS("fau",{
"faut":"38,3",
"faute":"2e"
});
