BRIEFINGS_SEARCH_WORDS("mik",{
"mike":"26,5h;26"
});
