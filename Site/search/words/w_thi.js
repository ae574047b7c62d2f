BRIEFINGS_SEARCH_WORDS("thi",{
"thing":"4c,3j",
"thirty":"7p",
"this":"4s,2t,4,4;4s"
});
