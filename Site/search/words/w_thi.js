BRIEFINGS_SEARCH_WORDS("thi",{
"thing":"4d,3k",
"thirty":"7r",
"this":"4s,2v,4,4;4s"
});
