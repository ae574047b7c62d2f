BRIEFINGS_SEARCH_WORDS("sia",{
"siala":"26;26"
});
