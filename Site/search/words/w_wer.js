BRIEFINGS_SEARCH_WORDS("wer",{
"were":"3z,v,m,5,5,u,p,1,3,3,1,4;3z,v,w,u"
});
