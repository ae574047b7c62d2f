BRIEFINGS_SEARCH_WORDS("bre",{
"breaching":"3z,3p",
"breaking":"3w,3s",
"breakthrough":"7c",
"brega":"2",
"bretagne":"2j"
});
