BRIEFINGS_SEARCH_WORDS("ves",{
"vessels":"73,3;73"
});
