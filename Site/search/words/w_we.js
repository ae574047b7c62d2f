BRIEFINGS_SEARCH_WORDS("we",{
"we":"4t,3c;4t"
});
