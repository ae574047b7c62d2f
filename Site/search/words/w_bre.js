BRIEFINGS_SEARCH_WORDS("bre",{
"breaching":"3z,3m",
"breaking":"3w,3p",
"breakthrough":"79",
"brega":"2",
"bretagne":"2j"
});
