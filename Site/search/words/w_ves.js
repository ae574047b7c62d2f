BRIEFINGS_SEARCH_WORDS("ves",{
"vessels":"72,3;72"
});
