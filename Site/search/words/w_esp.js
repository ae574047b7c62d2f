BRIEFINGS_SEARCH_WORDS("esp",{
"espagnol":"1r",
"esperant":"7e",
"espere":"6v,c;6v",
"esperer":"3h,46",
"esprit":"3b"
});
