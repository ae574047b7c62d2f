BRIEFINGS_SEARCH_WORDS("ask",{
"asked":"6o,z,1,3;6o"
});
