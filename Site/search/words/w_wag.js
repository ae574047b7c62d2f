BRIEFINGS_SEARCH_WORDS("wag",{
"wagner":"2,z,c,18,1g,3e,6;1d"
});
