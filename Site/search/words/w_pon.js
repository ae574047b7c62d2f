BRIEFINGS_SEARCH_WORDS("pon",{
"ponts":"3x"
});
