BRIEFINGS_SEARCH_WORDS("wag",{
"wagner":"2,z,c,18,1i,3p,6;1d,2q"
});
