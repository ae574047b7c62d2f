BRIEFINGS_SEARCH_WORDS("osd",{
"osdh":"1,2d,4,2h,1g,9,p,f,1,4,1,6,2"
});
