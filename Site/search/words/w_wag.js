BRIEFINGS_SEARCH_WORDS("wag",{
"wagner":"2,z,c,19,22,3d,6;1d"
});
