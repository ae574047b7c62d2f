BRIEFINGS_SEARCH_WORDS("jmc",{
"jmc":"q"
});
