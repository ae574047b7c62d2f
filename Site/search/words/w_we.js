BRIEFINGS_SEARCH_WORDS("we",{
"we":"4b,3j"
});
