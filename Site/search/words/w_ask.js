BRIEFINGS_SEARCH_WORDS("ask",{
"asked":"6n,z,1,3;6n"
});
