BRIEFINGS_SEARCH_WORDS("bre",{
"breaching":"42,3v",
"breaking":"3z,3y",
"breakthrough":"7l",
"brega":"2",
"bretagne":"2j"
});
