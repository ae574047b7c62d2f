BRIEFINGS_SEARCH_WORDS("bre",{
"breaching":"40,3m",
"breaking":"3x,3p",
"breakthrough":"7a",
"brega":"2",
"bretagne":"2k"
});
