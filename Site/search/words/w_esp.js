BRIEFINGS_SEARCH_WORDS("esp",{
"espagnol":"1r",
"esperant":"80",
"espere":"7h,c;7h",
"esperer":"43,46",
"esprit":"3x"
});
