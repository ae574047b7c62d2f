BRIEFINGS_SEARCH_WORDS("qod",{
"qods":"1l"
});
