BRIEFINGS_SEARCH_WORDS("mi",{
"mi":"22,9,w"
});
