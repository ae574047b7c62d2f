BRIEFINGS_SEARCH_WORDS("esp",{
"espagnol":"1r",
"esperant":"7p",
"espere":"76,c;76",
"esperer":"3h,4h",
"esprit":"3a"
});
