BRIEFINGS_SEARCH_WORDS("wag",{
"wagner":"2,z,c,18,1l,3k,6;1d,2t"
});
