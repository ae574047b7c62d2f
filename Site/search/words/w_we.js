BRIEFINGS_SEARCH_WORDS("we",{
"we":"4c,3l"
});
