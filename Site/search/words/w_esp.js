BRIEFINGS_SEARCH_WORDS("esp",{
"espagnol":"1r",
"esperant":"7f",
"espere":"6w,c;6w",
"esperer":"3h,47",
"esprit":"3b"
});
