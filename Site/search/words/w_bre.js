BRIEFINGS_SEARCH_WORDS("bre",{
"breaching":"4m,3l",
"breaking":"4j,3o",
"breakthrough":"7v",
"brega":"2",
"bretagne":"2k"
});
