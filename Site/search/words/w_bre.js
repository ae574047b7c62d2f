BRIEFINGS_SEARCH_WORDS("bre",{
"breaching":"40,3l",
"breaking":"3x,3o",
"breakthrough":"79",
"brega":"2",
"bretagne":"2k"
});
