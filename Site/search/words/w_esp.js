BRIEFINGS_SEARCH_WORDS("esp",{
"espagnol":"1r",
"esperant":"7e",
"espere":"6v,c;6v",
"esperer":"3g,47",
"esprit":"3a"
});
