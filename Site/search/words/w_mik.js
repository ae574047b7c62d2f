BRIEFINGS_SEARCH_WORDS("mik",{
"mike":"26,5g;26"
});
