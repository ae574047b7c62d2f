BRIEFINGS_SEARCH_WORDS("wer",{
"were":"40,v,m,5,5,u,p,1,3,3,1,4;40,v,w,u"
});
