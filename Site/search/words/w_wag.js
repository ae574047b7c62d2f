BRIEFINGS_SEARCH_WORDS("wag",{
"wagner":"2,z,c,18,1j,3n,6;1d,2r"
});
