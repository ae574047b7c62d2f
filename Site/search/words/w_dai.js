BRIEFINGS_SEARCH_WORDS("dai",{
"daily":"83"
});
