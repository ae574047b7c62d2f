BRIEFINGS_SEARCH_WORDS("sia",{
"siala":"27;27"
});
