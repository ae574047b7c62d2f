BRIEFINGS_SEARCH_WORDS("mik",{
"mike":"26,62;26"
});
