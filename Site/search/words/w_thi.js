BRIEFINGS_SEARCH_WORDS("thi",{
"thing":"4c,3i",
"thirty":"7o",
"this":"4r,2t,4,4;4r"
});
