BRIEFINGS_SEARCH_WORDS("we",{
"we":"47,3c;47"
});
