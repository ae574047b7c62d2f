BRIEFINGS_SEARCH_WORDS("los",{
"lose":"6x,q",
"loss":"6t,v;6t"
});
