BRIEFINGS_SEARCH_WORDS("esp",{
"espagnol":"1r",
"esperant":"7h",
"espere":"6y,c;6y",
"esperer":"3g,4a",
"esprit":"3a"
});
